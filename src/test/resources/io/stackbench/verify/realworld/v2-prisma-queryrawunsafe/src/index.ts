import 'express-async-errors';
import express from 'express';
import { leaderboardRoutes } from './api/leaderboard.routes';

const app = express();
app.use(express.json());
app.use('/leaderboards', leaderboardRoutes);
app.listen(process.env.PORT ?? 4000);
