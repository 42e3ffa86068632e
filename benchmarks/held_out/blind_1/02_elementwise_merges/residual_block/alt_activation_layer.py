# Alternative: keras.layers.add function and Activation('relu')
# Expect: pass
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)

    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16, activation=None)(branch)
    shortcut = keras.layers.Dense(16, activation="linear")(flat)
    merged = keras.layers.add([shortcut, branch])
    merged = keras.layers.Activation("relu")(merged)
    return keras.Model(inputs=features, outputs=keras.layers.Dense(3)(merged))
