# Misconception: two encoders with the same seed are the same encoder
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,)); right = keras.Input(shape=(10,))
    e1 = keras.layers.Dense(6, activation="tanh", kernel_initializer=keras.initializers.GlorotUniform(seed=1))
    e2 = keras.layers.Dense(6, activation="tanh", kernel_initializer=keras.initializers.GlorotUniform(seed=1))
    d = keras.layers.Subtract()([e1(left), e2(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(d))
