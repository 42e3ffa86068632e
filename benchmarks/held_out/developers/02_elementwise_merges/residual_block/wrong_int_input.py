# Misconception: dtype="int32" for the input (the feature map came from an image)
# Expect: fail
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8), dtype="int32")
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
