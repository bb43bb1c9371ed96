import express from 'express';
import articleRoutes from './routes/article.routes';

const app = express();
app.use(express.json());
app.use('/api', articleRoutes);

app.listen(Number(process.env.PORT) || 3000, () => console.log('Conduit API ready'));
