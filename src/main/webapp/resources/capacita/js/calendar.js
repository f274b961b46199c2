/* The workshop calendar on a narrow screen (a phone) opens on the month as an agenda list. */
window.capacitaCalendar = function () {
  if (window.matchMedia('(max-width: 640px)').matches) {
    this.cfg.options.initialView = 'listMonth';
  }
};
