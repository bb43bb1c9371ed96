// The services' views in the contract's JSON envelopes.

const timestamp = (date) => new Date(date).toISOString();

const profileJson = ({ username, bio, image, following }) => ({ username, bio, image, following });

function articleJson(view) {
  return {
    slug: view.slug,
    title: view.title,
    description: view.description,
    body: view.body,
    tagList: view.tagList,
    createdAt: timestamp(view.createdAt),
    updatedAt: timestamp(view.updatedAt),
    favorited: view.favorited,
    favoritesCount: view.favoritesCount,
    author: profileJson(view.author),
  };
}

function commentJson(view) {
  return {
    id: view.id,
    body: view.body,
    createdAt: timestamp(view.createdAt),
    updatedAt: timestamp(view.updatedAt),
    author: profileJson(view.author),
  };
}

export const user = ({ email, token, username, bio, image }) => ({ user: { email, token, username, bio, image } });
export const profile = (view) => ({ profile: profileJson(view) });
export const article = (view) => ({ article: articleJson(view) });
export const articles = ({ articles: views, articlesCount }) => ({ articles: views.map(articleJson), articlesCount });
export const comment = (view) => ({ comment: commentJson(view) });
export const comments = (views) => ({ comments: views.map(commentJson) });
export const tags = (names) => ({ tags: names });
