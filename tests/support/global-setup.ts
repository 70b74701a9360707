// Placeholder until the database harness lands; replaced in the foundation commit.
export default async function setup() {}
