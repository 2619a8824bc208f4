export { loadArticles, listArticles, getArticle } from './content.service';
export { ARTICLES, type ArticleData } from './content.data';
