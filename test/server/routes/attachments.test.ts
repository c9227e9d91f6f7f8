import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeResponseSchema, ticketDetailSchema } from '../../../shared/domain/schemas';
import { contentDisposition } from '../../../server/routes/attachments';
import { intakeRequest, startTestService, type TestService } from '../helpers/service';

const gif = Buffer.from('GIF89a\u0001\u0000\u0001\u0000', 'latin1');
const pdf = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n', 'latin1');

describe('GET /api/attachments/:id', () => {
  let service: TestService;
  let attachmentIds: string[];

  beforeAll(async () => {
    service = await startTestService();
    const created = await service.request('POST', '/api/tickets', {
      token: null,
      body: intakeRequest({
        attachments: [
          { name: 'screen.gif', type: 'image/gif', data: gif.toString('base64') },
          { name: '명세서 "final".pdf', type: 'application/pdf', data: pdf.toString('base64') },
        ],
      }),
    });
    const { id } = intakeResponseSchema.parse(created.body);
    const ticket = ticketDetailSchema.parse((await service.request('GET', `/api/tickets/${id}`)).body);
    attachmentIds = ticket.attachments.map((attachment) => attachment.id);
  });

  afterAll(async () => {
    await service.stop();
  });

  it('serves an image inline with its type and nosniff', async () => {
    const response = await fetch(`${service.url}/api/attachments/${attachmentIds[0] ?? ''}`, {
      headers: { authorization: 'Bearer test-admin-token' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/gif');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await response.arrayBuffer()).equals(gif)).toBe(true);
  });

  it('serves anything else as a download with a safe file name', async () => {
    const response = await fetch(`${service.url}/api/attachments/${attachmentIds[1] ?? ''}`, {
      headers: { authorization: 'Bearer test-admin-token' },
    });
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="___ _final_.pdf"; filename*=UTF-8''${encodeURIComponent('명세서 "final".pdf')}`,
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('needs a token and answers 404 for unknown ids', async () => {
    expect(
      (await service.request('GET', `/api/attachments/${attachmentIds[0] ?? ''}`, { token: null })).status,
    ).toBe(401);
    expect(
      (await service.request('GET', '/api/attachments/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await service.request('GET', '/api/attachments/nope')).status).toBe(404);
  });

  it('never lets a file name break out of the header', () => {
    expect(contentDisposition('attachment', 'a\r\nSet-Cookie: x=1')).toBe(
      'attachment; filename="a__Set-Cookie: x=1"; filename*=UTF-8\'\'a%0D%0ASet-Cookie%3A%20x%3D1',
    );
  });
});
