// Vue 3: tell the compiler that tags with a dash are custom elements
// (app.config.compilerOptions.isCustomElement, or the same option of @vitejs/plugin-vue).
import { defineComponent, ref } from 'vue';
import 'mensenhandel-widgets/report-cta.js';
import type { ReportCtaSelectDetail } from 'mensenhandel-widgets';

export const isCustomElement = (tag: string) => tag.includes('-');

export const ReportCtaExample = defineComponent({
  emits: ['select'],
  setup(_props, { emit }) {
    const compact = ref(false);
    const onSelect = (event: CustomEvent<ReportCtaSelectDetail>) => emit('select', event.detail);
    return { compact, onSelect };
  },
  template: `
    <section>
      <button type="button" @click="compact = !compact">{{ compact ? 'Toon alles' : 'Alleen nummers' }}</button>
      <report-cta
        channels="emergency police anonymous"
        :layout="compact ? 'compact' : 'card'"
        heading-level="3"
        @report-cta-select="onSelect"
      ></report-cta>
    </section>
  `,
});
