# Alternative: inputs and branches built in a loop over the sensor widths
# Expect: pass
def build_fusion_model(merge):
    inputs, branches = [], []
    for width in (3, 5, 7):
        x = keras.Input(shape=(width,))
        inputs.append(x)
        branches.append(keras.layers.Dense(4, activation="relu")(x))
    return keras.Model(inputs=inputs, outputs=keras.layers.Dense(1)(merge(branches)))
