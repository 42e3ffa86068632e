# Misconception: Subtract merges a residual (the residual is a difference)
# Expect: fail
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(16)(keras.layers.Dense(32, activation="relu")(flat))
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Subtract()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
