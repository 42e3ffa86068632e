# Misconception: a residual block ends with one more Dense(16) after the addition (an extra
# layer) (explained by structure, no table entry).
# Expect: fail "extra Dense\(16, activation=\"relu\"\) between"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    merged = keras.layers.Dense(16, activation="relu")(merged)
    return keras.Model(features, keras.layers.Dense(3)(merged))
