# Alternative: the difference written with Python's minus on the encodings (Keras makes it
# an operation of the model); the head's sigmoid as a separate Activation.
# Expect: pass
def build_siamese_model():
    left = keras.Input((10,), name="first")
    right = keras.Input((10,), name="second")
    shared_encoder = keras.layers.Dense(6, activation="tanh")
    difference = shared_encoder(left) - shared_encoder(right)
    score = keras.layers.Dense(1)(difference)
    return keras.Model([left, right], keras.layers.Activation("sigmoid")(score))
