// The explorer's only way to the data: the public GraphQL API (POST /graphql).

/** A failure the page explains to the user in words. */
export class ApiError extends Error {}

export async function graphql(query, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError('The service is not answering. Check that it is running, then try again.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not JSON: an HTML error page or a proxy's answer
  }
  if (!body) {
    throw new ApiError(`The service answered ${response.status} without data. Try again in a moment.`);
  }
  if (body.errors && body.errors.length) {
    const error = body.errors[0];
    const kind = error.extensions && error.extensions.classification;
    if (kind === 'UNAVAILABLE') {
      throw new ApiError('The database is not answering at the moment. Try again in a few seconds.');
    }
    throw new ApiError(error.message || 'The request failed.');
  }
  return body.data;
}

/** What the canvas needs of a node: its kind, name and colours. */
const NODE_FIELDS = 'id kind name agreement status dueOn overdue';

export const NODE = `query Node($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`;

export const NEIGHBOURS = `query Neighbours($id: ID!, $first: Int) {
  node(id: $id) { ${NODE_FIELDS} neighbourCount neighbours(first: $first) { via outgoing node { ${NODE_FIELDS} } } }
}`;

export const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 30) {
    score
    node {
      __typename
      ... on Recommendation { id number text agreement inspection { title } }
      ... on Action { id text target { dueOn status } recommendation { number inspection { title } } }
      ... on Finding { id text category inspection { title } }
    }
  }
}`;

export const DETAILS = `query Details($id: ID!) {
  node(id: $id) {
    ${NODE_FIELDS}
    object {
      __typename
      ... on Inspection { title publishedOn inspectorate agreementSummary { agreed partlyAgreed notAgreed total }
        sources { document line location }
        related(first: 10) { score inspection { id title } reasons { kind name } }
        documents { name changes { id at changes { kind recommendation action field old new } } } }
      ... on ActionPlan { title submittedOn inspection { id title } }
      ... on Revision { label date }
      ... on Recommendation { number text agreement rationale progress inspection { id title }
        actions(latestRevisionOnly: true) { id owners { name } }
        programmes { id name } sources { document line location }
        timeline { madeOn kind label current text target { text dueOn status } }
        similar(first: 5) { score sharedTerms recommendation { id number inspection { title } } } }
      ... on Action { text owners { id name } target { text dueOn status revised } revision { label date }
        slippage { firstDueOn latestDueOn deferrals daysDeferred unexplainedDeferrals reasons }
        delivery { status completedOn basis measuredAgainst }
        recommendation { id number agreement inspection { id title } programmes { id name } } sources { document line location } }
      ... on Owner { name aliases actionCount programmes { id name } }
      ... on Programme { name aliases actionCount }
      ... on Entity { name entityKind: kind aliases }
      ... on Finding { text category inspection { id title } sources { document line location } }
      ... on Statistic { label value unit }
      ... on ExternalDocument { title }
    }
  }
}`;

export const OWNER_SUGGESTIONS = `query Owners($search: String!) { owners(search: $search, first: 8) { id name aliases } }`;

export const OWNER_ACTIONS = `query OwnerActions($name: String!) {
  owner(name: $name) {
    id name aliases
    actions { id text overdue target { text dueOn status } recommendation { id number inspection { id title } } }
  }
}`;

export const PATH = `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) { id type name via } }`;

export const DOCUMENT = `query Document($name: String!) { document(name: $name) { name lines } }`;
