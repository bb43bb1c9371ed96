module.exports = {
  secret: process.env.NODE_ENV === 'production' ? process.env.SECRET : 'secret',
  mongoUri: process.env.MONGODB_URI || 'mongodb://localhost:27017/conduit',
};
