import { useState, type FormEvent } from 'react';
import { href, navigate } from './router';

/** The search box: a name, short name or any identifier. */
export function SearchForm({ initial = '', big = false }: { initial?: string; big?: boolean }) {
  const [q, setQ] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = q.trim();
    if (v) navigate(href('/search', { q: v }));
  };
  return (
    <form className={big ? 'search search-big' : 'search'} role="search" onSubmit={submit}>
      <label htmlFor={big ? 'q-home' : 'q'} className="visually-hidden">
        主体名称或统一社会信用代码
      </label>
      <input
        id={big ? 'q-home' : 'q'}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="企业名称、简称或信用代码"
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
      />
      <button type="submit">查询</button>
    </form>
  );
}
