/**
 * A `fetch` for one urql operation that reports upload progress: urql sends files in variables
 * as a GraphQL multipart request, and fetch cannot report upload progress, so this one runs the
 * request with XMLHttpRequest. Pass it as the operation's `fetch` context:
 * `client.mutation(Upload, { file, … }, { fetch: progressFetch(onProgress) })`. The mutation then
 * goes through the client like any other (persisted hash, CSRF header, document cache).
 */
export function progressFetch(onProgress: (fraction: number) => void): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open(init?.method ?? 'POST', input instanceof Request ? input.url : String(input));
      request.withCredentials = true;
      new Headers(init?.headers).forEach((value, name) => request.setRequestHeader(name, value));
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      request.onload = () =>
        resolve(new Response(request.responseText, { status: request.status, headers: { 'content-type': request.getResponseHeader('content-type') ?? 'application/json' } }));
      request.onerror = () => reject(new TypeError('network error'));
      request.onabort = () => reject(new DOMException('aborted', 'AbortError'));
      init?.signal?.addEventListener('abort', () => request.abort());
      request.send(init?.body as XMLHttpRequestBodyInit | null);
    });
}
