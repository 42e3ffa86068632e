# Misconception: the shortcut starts after the branch's first layer (it skips only the
# second), so the projection reads 32 values, not the 128 flattened inputs (explained by
# structure, no table entry).
# Expect: fail "the projection \(Dense\(16\)\) reads the output of the hidden"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    hidden = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(hidden)
    shortcut = keras.layers.Dense(16)(hidden)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
