import { render } from 'preact';
import { App } from './App.tsx';

const params = new URLSearchParams(location.search);
const tab = params.get('tab');
render(<App boundTabId={tab !== null && /^\d+$/.test(tab) ? Number(tab) : null} />, document.getElementById('app')!);
