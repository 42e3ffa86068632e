# Misconception: fused kernel written Wp.T @ We.T, transposed back the wrong way (Wp @ We doesn't fit)
# Expect: fail
import keras


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    ws, bs = chain.get_layer("score").get_weights()
    inputs = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    score = keras.layers.Dense(3)
    model = keras.Model(inputs, score(fused(inputs)))
    fused.set_weights([(wp.T @ we.T).reshape(6, 8), be @ wp + bp])
    score.set_weights([ws, bs])
    return model
