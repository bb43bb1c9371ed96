import express from 'express';
import { createLink, resolve } from './links.js';

const app = express();
app.use(express.json());

app.post('/links', async (req, res) => {
  const code = await createLink(new URL(req.body.url).toString());
  res.status(201).json({ short: `${process.env.BASE_URL}/${code}` });
});

app.get('/:code', async (req, res) => {
  const target = await resolve(req.params.code);
  return target ? res.redirect(302, target) : res.sendStatus(404);
});

app.listen(3000);
