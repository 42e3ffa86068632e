# Misconception: chain.layers[2] is 'score' (the third Dense), forgetting the InputLayer at index 0
# Expect: fail
def fuse_chain(chain):
    w1, b1 = chain.layers[0 + 1].get_weights()
    w2, b2 = chain.layers[1 + 1].get_weights()
    fused = keras.layers.Dense(8, activation="relu")
    score = keras.layers.Dense(3)
    model = keras.Sequential([keras.Input(shape=(6,)), fused, score])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    score.set_weights(chain.layers[2].get_weights())
    return model
