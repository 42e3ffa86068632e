# Misconception: copying the embedding matrix, transposed, into the output Dense ties them.
# Expect: fail "(?s)holding the embedding.s values, transposed: a copy.*set_weights copies values once; it ties nothing"
def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = keras.layers.Embedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    output = keras.layers.Dense(20)
    model = keras.Model(tokens, output(hidden))
    output.set_weights([embedding.embeddings.numpy().T, np.zeros(20, "float32")])
    return model
