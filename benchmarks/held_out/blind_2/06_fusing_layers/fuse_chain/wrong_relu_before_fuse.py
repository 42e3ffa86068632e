# Misconception: the relu goes right after the expand part, so kept expand with a relu and fused nothing
# Expect: fail
import keras


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    ws, bs = chain.get_layer("score").get_weights()
    inputs = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    score = keras.layers.Dense(3, activation="relu")
    model = keras.Model(inputs, score(fused(inputs)))
    fused.set_weights([we @ wp, be @ wp + bp])
    score.set_weights([ws, bs])
    return model
