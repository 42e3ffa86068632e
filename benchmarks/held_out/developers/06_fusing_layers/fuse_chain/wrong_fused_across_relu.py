# Misconception: the pair to fuse is 'project' and 'score' (the last two), 'expand' kept as it is
# Expect: fail
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    w3, b3 = chain.get_layer("score").get_weights()
    expand = keras.layers.Dense(16)
    fused = keras.layers.Dense(3)
    model = keras.Sequential([keras.Input(shape=(6,)), expand, fused])
    expand.set_weights([w1, b1])
    fused.set_weights([w2 @ w3, b2 @ w3 + b3])
    return model
