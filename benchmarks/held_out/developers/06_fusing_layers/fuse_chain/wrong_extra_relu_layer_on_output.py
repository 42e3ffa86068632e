# Misconception: the fused model ends with the chain's ReLU as a separate layer (ReLU after score)
# Expect: fail
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    inputs = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    score = keras.layers.Dense(3)
    outputs = keras.layers.ReLU()(score(fused(inputs)))
    model = keras.Model(inputs, outputs)
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    score.set_weights(chain.get_layer("score").get_weights())
    return model
