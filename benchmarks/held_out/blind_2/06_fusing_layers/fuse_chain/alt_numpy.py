# Alternative: numpy, set_weights after building a functional model, named layers
# Expect: pass
import keras
import numpy as np


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    ws, bs = chain.get_layer("score").get_weights()
    inputs = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu", name="expand_project")
    score = keras.layers.Dense(3, name="score_copy")
    model = keras.Model(inputs, score(fused(inputs)))
    fused.set_weights([np.matmul(we, wp), np.matmul(be, wp) + bp])
    score.set_weights([ws.copy(), bs.copy()])
    return model
