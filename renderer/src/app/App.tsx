import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { makeQueryClient } from '../lib/queries.js';
import { HashRouter } from '../lib/router/index.js';
import { RouteAnnouncer } from '../ui/index.js';
import { Gate } from './Gate.js';

export function App() {
  const [client] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={client}>
      <HashRouter>
        <RouteAnnouncer />
        <Gate />
      </HashRouter>
    </QueryClientProvider>
  );
}
