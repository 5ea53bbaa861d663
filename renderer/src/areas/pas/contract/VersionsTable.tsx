import { TableBox } from '../../../ui/index.js';
import { Link } from '../../../lib/router/index.js';
import { dateInWords } from '../../../lib/format.js';
import type { ContractVersion } from '../../../shared.js';
import { contractPath } from './paths.js';

/** Every version of the statement, newest first, with what still needs recording. */
export function VersionsTable({ workerId, versions }: { workerId: string; versions: ContractVersion[] }) {
  return (
    <TableBox label="Versions of their written statement">
      <table className="table contract-versions">
        <caption className="visually-hidden">Versions of their written statement, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Applies from</th>
            <th scope="col">Given to them</th>
            <th scope="col">They agreed</th>
            <th scope="col">What changed</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <td>
                <Link to={contractPath(workerId, `versions/${v.id}`)}>
                  {v.version === 1 ? 'First statement' : `Version ${v.version}`}
                </Link>
              </td>
              <td>{dateInWords(v.appliesFrom)}</td>
              <td>
                {v.issuedOn ? (
                  dateInWords(v.issuedOn)
                ) : (
                  <>
                    <span className="line">Not recorded</span>
                    <Link to={contractPath(workerId, `issued/${v.id}`)}>
                      Record it<span className="visually-hidden"> for version {v.version}</span>
                    </Link>
                  </>
                )}
              </td>
              <td>
                {v.version === 1 ? (
                  <span className="secondary-text">Not needed</span>
                ) : v.agreedOn ? (
                  dateInWords(v.agreedOn)
                ) : (
                  <>
                    <span className="line">Not recorded</span>
                    <Link to={contractPath(workerId, `agreed/${v.id}`)}>
                      Record that they agreed<span className="visually-hidden"> to version {v.version}</span>
                    </Link>
                  </>
                )}
              </td>
              <td>{v.version === 1 ? <span className="secondary-text">The first statement</span> : v.changeSummary || <span className="secondary-text">Not said</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
