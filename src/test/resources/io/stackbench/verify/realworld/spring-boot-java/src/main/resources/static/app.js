// Tiny demo page script served by Spring Boot from /static.
document.addEventListener('DOMContentLoaded', async () => {
  const list = document.getElementById('articles');
  const res = await fetch('/api/articles?limit=10');
  const { articles } = await res.json();
  list.innerHTML = articles
    .map((a) => `<li><a href="#/article/${a.slug}">${a.title}</a> by ${a.author.username}</li>`)
    .join('');
});
