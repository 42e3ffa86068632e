# Misconception: the ReLU moves to the last layer, as the output of the fused block (explained: structure._activation_after reads the activation moved onto the task's next layer; no table entry)
# Expect: fail "the relu sits on the next layer, the new score, where the task has it on the fused layer"
def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused = keras.layers.Dense(8)
    score = keras.layers.Dense(3, activation="relu")
    model = keras.Sequential([keras.Input(shape=(6,)), fused, score])
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    score.set_weights(chain.get_layer("score").get_weights())
    return model
