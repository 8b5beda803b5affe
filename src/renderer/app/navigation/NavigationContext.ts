import { createContext, useContext } from 'react';
import type { Navigation } from './Navigation';

export const NavigationContext = createContext<Navigation | null>(null);

/** The workspace's navigation; only screens inside the signed-in Workspace may call it. */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation is used outside the signed-in Workspace');
  return navigation;
}
