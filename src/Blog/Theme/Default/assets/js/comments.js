// Comments with giscus (GitHub Discussions). Nothing of giscus is requested until the reader
// reaches the comments section at the end of the post: an IntersectionObserver then adds giscus's
// script, configured from the section's data-giscus-* attributes (written by the theme from
// statiq.json). The giscus theme follows the page's colour scheme, also when the reader switches
// it later (giscus's "setConfig" message to its iframe).
(() => {
  const section = document.querySelector('.comments[data-giscus-repo]');
  if (!section) return;
  const themeFor = scheme => scheme === 'dark' ? section.dataset.darkTheme : section.dataset.lightTheme;
  const scheme = () => document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';

  function load() {
    if (section.dataset.loaded) return;
    section.dataset.loaded = 'true';
    const giscus = document.createElement('script');
    for (const [name, value] of Object.entries(section.dataset)) {
      if (!name.startsWith('giscus') || name === 'giscusSrc' || name === 'giscusOrigin') continue;
      // giscusRepoId → data-repo-id
      giscus.setAttribute('data-' + name.slice(6).replace(/[A-Z]/g, c => '-' + c.toLowerCase()).replace(/^-/, ''), value);
    }
    giscus.setAttribute('data-theme', themeFor(scheme()));
    giscus.crossOrigin = 'anonymous';
    giscus.async = true;
    giscus.src = section.dataset.giscusSrc;
    // giscus puts its iframe into the element of class "giscus".
    section.append(giscus);
  }

  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(entries => {
      if (!entries.some(e => e.isIntersecting)) return;
      observer.disconnect();
      load();
    }, { rootMargin: '0px 0px 300px 0px' });
    observer.observe(section);
  } else {
    load();
  }

  document.addEventListener('themechange', e => {
    const frame = section.querySelector('iframe.giscus-frame');
    frame?.contentWindow?.postMessage({ giscus: { setConfig: { theme: themeFor(e.detail.theme) } } }, section.dataset.giscusOrigin);
  });
})();
