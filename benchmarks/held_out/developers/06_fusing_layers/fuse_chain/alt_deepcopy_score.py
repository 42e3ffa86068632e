# Alternative: the kept layer is a deep copy of 'score' (its own variables, the same values)
# Expect: pass
import copy


def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    fused = keras.layers.Dense(8, activation="relu")
    fused.build((None, 6))
    fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    score = copy.deepcopy(chain.get_layer("score"))
    return keras.Sequential([keras.Input(shape=(6,)), fused, score])
