# Alternative: a Sequential with Constant initializers
# Expect: pass
import keras


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    ws, bs = chain.get_layer("score").get_weights()
    C = keras.initializers.Constant
    return keras.Sequential(
        [
            keras.Input(shape=(6,)),
            keras.layers.Dense(8, activation="relu", kernel_initializer=C(we @ wp), bias_initializer=C(be @ wp + bp)),
            keras.layers.Dense(3, kernel_initializer=C(ws), bias_initializer=C(bs)),
        ]
    )
