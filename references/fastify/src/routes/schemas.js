// JSON Schemas of the contract's bodies: Fastify validates requests with them (a failure becomes
// a 422, see errors.js) and serializes responses through them.

const nullableString = { type: ['string', 'null'] };
const dateTime = { type: 'string', format: 'date-time' };
// A required text field: present and not empty. Blank (whitespace) values are the services' call.
const text = { type: 'string', minLength: 1 };

export const sharedSchemas = [
  {
    $id: 'Profile',
    type: 'object',
    required: ['username', 'bio', 'image', 'following'],
    properties: { username: { type: 'string' }, bio: nullableString, image: nullableString, following: { type: 'boolean' } },
  },
  {
    $id: 'User',
    type: 'object',
    required: ['email', 'token', 'username', 'bio', 'image'],
    properties: {
      email: { type: 'string' },
      token: { type: 'string' },
      username: { type: 'string' },
      bio: nullableString,
      image: nullableString,
    },
  },
  {
    $id: 'Article',
    type: 'object',
    required: ['slug', 'title', 'description', 'body', 'tagList', 'createdAt', 'updatedAt', 'favorited', 'favoritesCount', 'author'],
    properties: {
      slug: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      body: { type: 'string' },
      tagList: { type: 'array', items: { type: 'string' } },
      createdAt: dateTime,
      updatedAt: dateTime,
      favorited: { type: 'boolean' },
      favoritesCount: { type: 'integer' },
      author: { $ref: 'Profile#' },
    },
  },
  {
    $id: 'Comment',
    type: 'object',
    required: ['id', 'body', 'createdAt', 'updatedAt', 'author'],
    properties: {
      id: { type: 'integer' },
      body: { type: 'string' },
      createdAt: dateTime,
      updatedAt: dateTime,
      author: { $ref: 'Profile#' },
    },
  },
];

/** {"<key>": {...}}: the wrapper object every request body of the contract uses. */
function wrapped(key, { required = [], properties }) {
  return {
    type: 'object',
    required: [key],
    properties: { [key]: { type: 'object', required, properties } },
  };
}

function single(key, ref) {
  return { type: 'object', required: [key], properties: { [key]: { $ref: `${ref}#` } } };
}

export const bodies = {
  newUser: wrapped('user', {
    required: ['username', 'email', 'password'],
    properties: { username: text, email: text, password: text },
  }),
  login: wrapped('user', {
    required: ['email', 'password'],
    properties: { email: text, password: text },
  }),
  updateUser: wrapped('user', {
    properties: { email: text, username: text, password: text, bio: nullableString, image: nullableString },
  }),
  newArticle: wrapped('article', {
    required: ['title', 'description', 'body'],
    properties: { title: text, description: text, body: text, tagList: { type: 'array', items: { type: 'string' } } },
  }),
  updateArticle: wrapped('article', {
    properties: { title: text, description: text, body: text, tagList: { type: 'array', items: { type: 'string' } } },
  }),
  newComment: wrapped('comment', { required: ['body'], properties: { body: text } }),
};

export const params = {
  username: { type: 'object', required: ['username'], properties: { username: { type: 'string' } } },
  slug: { type: 'object', required: ['slug'], properties: { slug: { type: 'string' } } },
  comment: {
    type: 'object',
    required: ['slug', 'id'],
    properties: { slug: { type: 'string' }, id: { type: 'integer' } },
  },
};

const page = { limit: { type: 'integer', minimum: 0 }, offset: { type: 'integer', minimum: 0 } };

export const queries = {
  articles: {
    type: 'object',
    properties: { tag: { type: 'string' }, author: { type: 'string' }, favorited: { type: 'string' }, ...page },
  },
  feed: { type: 'object', properties: page },
};

export const responses = {
  user: single('user', 'User'),
  profile: single('profile', 'Profile'),
  article: single('article', 'Article'),
  articles: {
    type: 'object',
    required: ['articles', 'articlesCount'],
    properties: { articles: { type: 'array', items: { $ref: 'Article#' } }, articlesCount: { type: 'integer' } },
  },
  comment: single('comment', 'Comment'),
  comments: {
    type: 'object',
    required: ['comments'],
    properties: { comments: { type: 'array', items: { $ref: 'Comment#' } } },
  },
  tags: { type: 'object', required: ['tags'], properties: { tags: { type: 'array', items: { type: 'string' } } } },
  empty: { type: 'object', additionalProperties: false },
};
