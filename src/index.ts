export default {
  async fetch() {
    return new Response('Kindling is running.');
  },
} satisfies ExportedHandler;
