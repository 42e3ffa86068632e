# Misconception: the ReLU belongs to 'project', so 'project' and 'score' can be fused.
# Expect: fail "'project' and 'score' were fused across the ReLU"
def fuse_chain(chain):
    w2, b2 = chain.get_layer("project").get_weights()
    w3, b3 = chain.get_layer("score").get_weights()
    expand = keras.layers.Dense(16)
    fused = keras.layers.Dense(3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), expand, fused])
    expand.set_weights(chain.get_layer("expand").get_weights())
    fused.set_weights([w2 @ w3, b2 @ w3 + b3])
    return model
