# Alternative: inputs and branches built in a loop over the widths
# Expect: pass
import keras


def build_fusion_model(merge):
    inputs = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation="relu")(x) for x in inputs]
    fused = merge(branches)
    return keras.Model(inputs=inputs, outputs=keras.layers.Dense(1)(fused))
