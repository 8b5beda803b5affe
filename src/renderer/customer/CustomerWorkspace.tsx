import { Box } from '@mantine/core';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { DuplicateReview } from './edit/DuplicateReview';
import { useNavigation } from '../app/navigation/NavigationContext';
import { Customer360View } from './Customer360View';
import { CustomerList } from './CustomerList';
import { shipmentFocus } from './shipmentFocus';

/** The Customers workspace: the searchable customer list beside the open customer's 360. */
export function CustomerWorkspace() {
  const navigation = useNavigation();
  const session = useRelayQuery('session.get', {}, ['agents']);
  const role = session.data?.agent?.role;
  return (
    // miw 0: a wide 360 must not push the workspace past the window.
    <Box flex={1} miw={0} style={{ display: 'flex', minHeight: 0 }}>
      <Box w={300} style={{ flexShrink: 0, borderRight: '1px solid var(--mantine-color-default-border)', display: 'flex', flexDirection: 'column' }}>
        {(role === 'lead' || role === 'admin') && (
          <Box px="md" pt="sm">
            <DuplicateReview onOpenCustomer={(id) => navigation.openCustomer(id)} />
          </Box>
        )}
        <Box flex={1} mih={0}>
          <CustomerList
            openId={navigation.customerId}
            onOpen={(id) => {
              shipmentFocus.clear();
              navigation.openCustomer(id);
            }}
          />
        </Box>
      </Box>
      <Box flex={1} miw={0}>
        <Customer360View customerId={navigation.customerId} />
      </Box>
    </Box>
  );
}
