# Misconception: every Dense gets a relu, the projection too
# Expect: fail
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16, activation="relu")(flat)
    merged = keras.layers.Add()([branch, shortcut])
    merged = keras.layers.Activation("relu")(merged)
    return keras.Model(features, keras.layers.Dense(3)(merged))
