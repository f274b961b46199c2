/*
 * The workshop calendar on a narrow screen (a phone): only the month as an agenda list, since a
 * month grid 390 px wide turns each event into a tall unreadable bar; the toolbar keeps to the
 * buttons "previous, next, today" over the title.
 */
window.capacitaCalendar = function () {
  if (window.matchMedia('(max-width: 640px)').matches) {
    this.cfg.options.initialView = 'listMonth';
    this.cfg.options.headerToolbar = { left: 'prev,next today', center: 'title', right: '' };
  }
};
