/* The activity form (admin): only the schedule fields that apply, and the schedule read back in words.
 * Progressive enhancement: without this script every field shows and the server still checks the schedule. */
(() => {
    'use strict';
    const script = document.currentScript;
    const ready = (fn) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', fn) : fn());

    ready(() => {
        const recurrence = document.querySelector('select[name="recurrence"]');
        if (!recurrence || !document.querySelector('[name="month_week"]')) return; // not an activity form
        const form = recurrence.form;
        const wrapper = (name) => {
            const input = form.querySelector(`[name="${name}"]`);
            return input ? input.closest('.w-field__wrapper') : null;
        };
        const show = (name, visible) => {
            const element = wrapper(name);
            if (element) element.hidden = !visible;
        };

        const sentence = document.createElement('p');
        sentence.className = 'help-block help-info';
        sentence.id = 'activity-schedule-sentence';
        sentence.setAttribute('aria-live', 'polite');
        sentence.hidden = true;
        const anchor = wrapper('end_date');
        if (anchor) anchor.after(sentence);

        let pending;
        const describe = () => {
            const params = new URLSearchParams();
            ['start_date', 'start_time', 'end_time', 'recurrence', 'interval', 'month_week', 'end_date'].forEach((name) => {
                const input = form.querySelector(`[name="${name}"]`);
                if (input && input.value) params.set(name, input.value);
            });
            form.querySelectorAll('input[name="weekdays"]:checked').forEach((box) => params.append('weekdays', box.value));
            clearTimeout(pending);
            pending = setTimeout(() => {
                fetch(`${script.dataset.scheduleUrl}?${params}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                    .then((response) => (response.ok ? response.json() : { text: '' }))
                    .then((data) => { sentence.textContent = data.text; sentence.hidden = !data.text; })
                    .catch(() => { sentence.textContent = ''; sentence.hidden = true; });
            }, 250);
        };

        const update = () => {
            const kind = recurrence.value;
            show('interval', kind === 'weekly');
            show('month_week', kind === 'monthly');
            show('weekdays', kind !== 'once');
            show('end_date', kind !== 'once');
            describe();
        };

        form.addEventListener('change', (event) => {
            if (event.target.name && /^(start_date|start_time|end_time|recurrence|interval|weekdays|month_week|end_date)$/.test(event.target.name)) update();
        });
        form.addEventListener('input', (event) => {
            if (event.target.name && /^(start_time|end_time|interval)$/.test(event.target.name)) describe();
        });
        update();
    });
})();
