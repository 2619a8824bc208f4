import { useTitle } from '../components';
import { Link } from '../router';

export function NotFoundPage() {
  useTitle('页面不存在');
  return (
    <>
      <h1>页面不存在</h1>
      <p>
        您访问的页面不存在或已移动。<Link href="/">返回首页</Link>
      </p>
    </>
  );
}
