# Misconception: two encoders made with the same seed are the same encoder (they start
# equal, but they are two sets of variables)
# (explained from the layers' initializer configurations by check_one_instance, no table entry).
# Expect: fail "(?s)equal values in separate variables.*initializers of the same seed \(seed=42\)"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))

    def encoder():
        init = keras.initializers.GlorotUniform(seed=42)
        return keras.layers.Dense(6, activation="tanh", kernel_initializer=init)

    merged = keras.layers.Subtract()([encoder()(left), encoder()(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
