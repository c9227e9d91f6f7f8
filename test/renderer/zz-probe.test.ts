import { it } from 'vitest';
import DOMPurify from 'dompurify';
it('x', () => {
  const d = new DOMParser().parseFromString('<remove></remove>first<br>second', 'text/html');
  console.log('A', JSON.stringify(d.body.innerHTML));
  const d2 = new DOMParser().parseFromString('<!DOCTYPE html><html><head></head><body>first<br>second</body></html>', 'text/html');
  console.log('B', JSON.stringify(d2.body.innerHTML));
  console.log('C', JSON.stringify(DOMPurify.sanitize('first<br>second')));
  console.log('D', JSON.stringify(DOMPurify.sanitize('first<br>second', {ALLOWED_TAGS:['br']})));
});
