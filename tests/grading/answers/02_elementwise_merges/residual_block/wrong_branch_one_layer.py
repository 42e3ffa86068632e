# Misconception: the main branch is a single Dense(16) (the branch's Dense(32) is missing)
# (explained by structure, no table entry).
# Expect: fail "the hidden \(Dense\(32, activation=\"relu\"\)\) is missing between"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(16)(flat)
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
