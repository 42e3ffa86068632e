# Misconception: a shortcut only changes the width, so its projection can compute in half
# precision (float16) to save memory (explained by check_architecture's 16-bit test, no table
# entry).
# Expect: fail "in half precision: layer \w+ \(float16\) computes in 16 bits"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16, dtype="float16")(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
