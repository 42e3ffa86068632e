# Misconception: optimizer.lr = 1e-4 lowers the rate (Keras 3 accepts it silently as a new
# attribute and keeps training at 0.1) (explained by grafting_networks.check_learning_rate,
# no table entry).
# Expect: fail "optimizer\.lr = \.\.\. \(Keras 2's name\) only adds an attribute that Keras 3 never reads"
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[1:3]:  # layers[0] is the extractor's InputLayer
        layer.trainable = False
    model.optimizer.lr = 1e-4
    model.compile(optimizer=model.optimizer, loss="categorical_crossentropy")
    return model
