// npm start: the demo at http://localhost:8080/demo/, with the strict Content-Security-Policy a
// municipal site may have, so what works here works there.
export default {
  rootDir: '.',
  port: 8080,
  hostname: 'localhost',
  middleware: [
    (context, next) => {
      context.set('Content-Security-Policy', "default-src 'self'");
      return next();
    },
  ],
};
