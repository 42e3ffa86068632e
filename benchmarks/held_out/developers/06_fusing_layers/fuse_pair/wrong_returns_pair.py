# Misconception: the pair already computes the function, so returning it is "fused"
# Expect: fail
def fuse_pair(pair):
    return pair
