# Misconception: clone_model of the chain with its weights is a valid (unfused) answer
# Expect: fail
def fuse_chain(chain):
    W1, b1 = chain.get_layer("expand").get_weights()
    W2, b2 = chain.get_layer("project").get_weights()
    W3, b3 = chain.get_layer("score").get_weights()
    model = keras.models.clone_model(chain)
    model.set_weights(chain.get_weights())
    return model
